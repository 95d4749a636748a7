export declare const DEV_URL: string;
export declare function manifestFor(xml: string, baseUrl: string, options?: { allowHttp?: boolean }): string;
export declare const OFFICE_CDN: string;
export declare function officeScript(mode: string | undefined): string;
