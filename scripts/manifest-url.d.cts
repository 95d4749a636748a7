export declare const DEV_URL: string;
export declare function manifestFor(xml: string, baseUrl: string, options?: { allowHttp?: boolean }): string;
