/** @jest-environment node */
import { AppError } from '../../../types/common/errors';
import { postMessage } from '../../../types/groups/contracts';
import { checkText } from '../../../cloudfunctions/_domain/groups/content-check';
import type { ActionContext } from '../../../cloudfunctions/_kernel/action';
import { startStack, type Stack } from '../../support/stack';
import { loadGroupWorld, G1 } from './world';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloud = require('wx-server-sdk');

let stack: Stack;
beforeEach(async () => {
  stack = await startStack({ clock: new Date('2026-03-01T02:00:00Z') });
  await loadGroupWorld(stack);
});
afterEach(() => stack.close());

/**
 * msgSecCheck v2 answers errcode 0 with result.suggest (pass / review / risky) and 61010 for a user who has
 * not used the mini-program in 2 hours. The local cloud's review words include 加微信私聊.
 */
it('a message WeChat sends to human review is not posted, and the sender is told so', async () => {
  const { res, writes } = await stack.metered(postMessage, { groupId: G1, text: '有事加微信私聊' }, 'wx-bound');
  expect(res).toEqual({
    ok: false,
    error: {
      code: 'CONTENT_REJECTED',
      message: '内容可能含有不适宜的信息，需要人工复核，暂不能发布，请修改后再发',
      field: 'text',
    },
  });
  expect(writes).toBe(0);
  expect((await stack.call(postMessage, { groupId: G1, text: '周六体检别忘了' }, 'wx-bound')).ok).toBe(true);
});

it('61010 (the author has not used the mini-program in 2 hours) is a clear Chinese message, not a system error', async () => {
  // Through the real SDK to the local cloud, for an openid that has not called any function for 2 hours.
  const sdk = cloud.createNewInstance({
    env: stack.cloud.envId,
    serviceUrl: stack.cloud.serviceUrl,
    secretId: 'l',
    secretKey: 'l',
  });
  const ctx = { sdk } as unknown as ActionContext;
  const err = await checkText(ctx, 'wx-away', '你好', 'text').catch((e) => e);
  expect(err).toBeInstanceOf(AppError);
  expect(err.toJSON()).toMatchObject({
    code: 'PRECONDITION_FAILED',
    message: '微信要求近两小时内使用过小程序才能发布内容，请重新打开小程序后再试',
  });
});
