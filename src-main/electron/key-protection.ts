// The audit key's sealed copy (audit/audit-key.ts) through Electron's safeStorage: DPAPI on
// Windows, the Keychain on macOS, the desktop's secret service on Linux. On Linux without one,
// Electron falls back to a fixed, publicly known password ('basic_text'): that protects nothing,
// so there is no sealed copy then and the plain 0600 key file is all there is.
import { safeStorage } from 'electron';
import type { KeyProtection } from '../audit/audit-key';

/** Call after the app is ready. null when the OS offers no real key store. */
export async function electronKeyProtection(platform: NodeJS.Platform = process.platform): Promise<KeyProtection | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return null;
  }
  return {
    seal: (text) => safeStorage.encryptStringAsync(text),
    unseal: async (sealed) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed);
      return { text: result, stale: shouldReEncrypt };
    },
  };
}
