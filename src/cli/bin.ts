#!/usr/bin/env node
import { main } from "./main.js";

const output = await main(process.argv.slice(2), process.cwd());
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.code;
