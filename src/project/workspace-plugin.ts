/**
 * Which imports esbuild bundles and which it leaves to Node. A package installed in a
 * `node_modules` folder stays external: Node loads it as published, one copy per process. A
 * package that resolves (through the symlinks npm, pnpm and yarn workspaces make) to a file
 * outside every `node_modules` folder is workspace source, such as `packages/ci-presets` whose
 * package.json points at `.ts` files: it is bundled, because Node 20 cannot import `.ts`, and so
 * an edit to it shows on the next run. `pipewright` itself always stays external, so the
 * builders that made a value are the ones the compiler recognises.
 */
import { dirname, join, sep } from "node:path";
import type { Plugin } from "esbuild";

const RESOLVING = Symbol.for("pipewright.resolving");
const NODE_MODULES = `${sep}node_modules${sep}`;

/**
 * The esbuild plugin. It adds to `inputs` the package.json of each external package imported,
 * so a cache keyed by the inputs notices a package installed in another version.
 */
export function workspacePlugin(inputs: Set<string>): Plugin {
  return {
    name: "pipewright-workspace",
    setup(build) {
      // Bare specifiers only (`pkg`, `@scope/pkg/sub`): relative and absolute paths are the user's own files.
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if ((args.pluginData as { [RESOLVING]?: boolean } | undefined)?.[RESOLVING]) return undefined;
        if (args.path.startsWith("node:")) return { path: args.path, external: true };
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { [RESOLVING]: true },
        });
        // Unresolvable: leave it to Node, whose error names the package and the importer.
        if (resolved.errors.length > 0 || resolved.external || !resolved.path) return { path: args.path, external: true };
        const pipewright = args.path === "pipewright" || args.path.startsWith("pipewright/");
        const at = resolved.path.lastIndexOf(NODE_MODULES);
        if (at >= 0 || pipewright) {
          const root = at >= 0 ? packageRoot(resolved.path, at) : undefined;
          if (root) inputs.add(join(root, "package.json"));
          return { path: args.path, external: true };
        }
        return { path: resolved.path };
      });
    },
  };
}

/** `/x/node_modules/@scope/name` of `/x/node_modules/@scope/name/dist/index.js`. */
function packageRoot(path: string, at: number): string | undefined {
  const rest = path.slice(at + NODE_MODULES.length).split(sep);
  const depth = rest[0]?.startsWith("@") ? 2 : 1;
  if (rest.length <= depth) return dirname(path);
  return join(path.slice(0, at + NODE_MODULES.length), ...rest.slice(0, depth));
}
