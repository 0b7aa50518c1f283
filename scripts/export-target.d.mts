// Types of export-target.mjs (plain JavaScript so that `npm run export` runs without a TypeScript loader).
export declare const EXPORT_MARKER: string;
export declare function refusalToReplace(dir: string): Promise<string | undefined>;
export declare function buildDirFor(root: string, pid?: number): string;
export declare function publishExport(buildDir: string, outDir: string): Promise<void>;
