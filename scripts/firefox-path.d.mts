export function findFirefox(): string | undefined;
export const FIREFOX_INSTALL_HINT: string;
