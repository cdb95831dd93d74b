/** Types of node-bundle.mjs (plain JavaScript, so the CLI launcher runs without a compiler). */
export declare const REPO: string;
export declare const CLI_DIR: string;
export declare const CLI_BUNDLE: string;
export declare function bundleNode(entries: Record<string, string>, outdir: string): Promise<string[]>;
export declare function buildCli(): Promise<void>;
export declare function cliIsFresh(): boolean;
