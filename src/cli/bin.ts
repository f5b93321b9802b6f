#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// A run lasts seconds, too short for V8's optimizing compiler to pay back what it costs at its
// default eagerness (linting the 177 corpus files spent a third of its CPU time in it): a larger
// budget leaves it the functions that stay hot, as in a long lint. Set before the CLI's code loads.
setFlagsFromString("--interrupt-budget=1000000");
const { main } = await import("./main.js");

const output = await main(process.argv.slice(2), process.cwd());
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.code;
