/** The files (absolute paths) and package specifiers a TypeScript file reaches by static value imports. */
export declare function staticImports(entry: string): { files: Set<string>; packages: Set<string> };
