// The part of cli-progress the generator uses; the package ships no types.
declare module "cli-progress" {
  export interface BarOptions {
    format?: string;
    stream?: NodeJS.WritableStream;
  }
  export class SingleBar {
    constructor(options: BarOptions, preset?: object);
    start(total: number, start: number): void;
    increment(step?: number): void;
    stop(): void;
  }
  export const Presets: { shades_classic: object };
}
