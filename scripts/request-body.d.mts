/** The whole body of a Node request (`IncomingMessage`, or any stream of chunks), as UTF-8 text. */
export declare function readBody(req: AsyncIterable<Uint8Array | string>): Promise<string>;
