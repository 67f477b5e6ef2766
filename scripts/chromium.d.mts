/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export declare function chromiumPath(): string;
/** The flags every headless Chromium of ours runs with. */
export declare const chromiumArgs: readonly string[];
/** How long Playwright may take to start Chromium, in milliseconds. */
export declare const chromiumLaunchTimeout: number;
/** Playwright launch options: `chromium.launch(chromiumLaunchOptions())`. */
export declare function chromiumLaunchOptions(): {
  executablePath: string;
  args: string[];
  timeout: number;
};
/** The one line that says Chromium is missing and how to get it. */
export declare function chromiumNotFoundMessage(path?: string): string;
/** Whether Chromium is there and executable. */
export declare function chromiumExists(path?: string): boolean;
