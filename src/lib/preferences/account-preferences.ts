import { useEffect } from 'react';
import { whoami } from '@types-contract/account/whoami';
import { callAction } from '../cloud/call-action';
import { choicesMade, elderModeStore, saveElderMode } from './elder-mode';
import { sessionKey } from './session-key';

let syncedFor: string | null = null;

/**
 * Once per session (per person on H5's demo sign-in), the device's 长辈模式 is brought in line with what the
 * person saved on their account: a saved choice wins over whatever this device had. A device choice made
 * before choices were saved (the account has none yet) is kept and saved to the account.
 */
export function useAccountPreferences(active: boolean): void {
  const key = active ? sessionKey() : null;
  useEffect(() => {
    if (!key || syncedFor === key) return;
    syncedFor = key;
    const before = choicesMade();
    callAction(whoami, {}).then(
      (who) => {
        if (syncedFor !== key || choicesMade() !== before) return;
        // A function deployed before the app learnt of preferences answers without them: nothing saved.
        const saved = who.preferences?.elderMode ?? null;
        const local = elderModeStore.get();
        if (saved !== null) {
          if (local !== saved) elderModeStore.set(saved);
        } else if (local !== null) void saveElderMode(local);
      },
      (error: unknown) => {
        // Not retried within this session: a retry on every render would call again and again while the
        // cloud refuses (rate limit, no account yet); the device's choice stands until the next session.
        console.warn('loading saved preferences failed', error instanceof Error ? error.message : error);
      },
    );
  }, [key]);
}

/** A different person signs in on this device (H5 demo sign-in): nothing of the previous one carries over. */
export function forgetDevicePreferences(): void {
  syncedFor = null;
  elderModeStore.set(null);
}
