export declare function securityHeaders(options: { isDevelopment: boolean }): { key: string; value: string }[];
