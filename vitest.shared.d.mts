export declare const reporters: ['default', ['json', { outputFile: string }]];
export declare const testTimeout: number;
export declare const spawnTimeout: number;
export declare const walkTimeout: number;
