import { z } from 'zod';
import { defineContract } from '../common/contract';

/**
 * Saves the caller's own settings with their account (长辈模式 follows the person, not the device: issue 14).
 * Anyone with a WeChat identity may save their own; nothing of anyone else is reachable.
 */
export const savePreferences = defineContract<{ preferences: { elderMode: boolean | null } }>()({
  fn: 'account',
  action: 'savePreferences',
  input: z.object({ elderMode: z.boolean({ invalid_type_error: '请选择开启或关闭长辈模式' }) }).strict(),
});
