// The part of autocannon 9's programmatic API that scripts/bench.ts uses (it ships no types).
declare module "autocannon" {
  export interface Histogram {
    readonly average: number;
    readonly p50: number;
    readonly p99: number;
  }
  export interface RawRequest {
    body?: string | Buffer;
  }
  export interface Options {
    readonly url: string;
    readonly connections?: number;
    readonly duration?: number;
    readonly method?: string;
    readonly headers?: Record<string, string>;
    readonly body?: string;
    readonly requests?: readonly {
      readonly setupRequest?: (request: RawRequest) => RawRequest;
    }[];
  }
  export interface Result {
    readonly requests: Histogram & { readonly total: number };
    readonly latency: Histogram;
    readonly non2xx: number;
    readonly errors: number;
    readonly timeouts: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
