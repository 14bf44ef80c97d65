import type { BrowserContext, Frame, Page, ViewportSize } from '@playwright/test';

export function openExtensionContext(options: {
  executablePath: string;
  extensionDir: string;
  files: Map<string, string>;
  headless?: boolean;
  viewport?: ViewportSize | null;
  userDataDir?: string;
}): Promise<{ context: BrowserContext; extensionId: string }>;
export function panelFrame(page: Page, extensionId: string, timeout?: number): Promise<Frame>;
