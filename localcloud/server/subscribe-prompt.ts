import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SubscribeAnswer, SubscribeMessages } from '../openapi/subscribe-message';
import { HttpError, parseJsonBody, readBody, sendError, sendJson } from './http-io';

/**
 * POST /localcloud/api/subscribe-message {tmplIds, answer?}: the H5 app's stand-in for WeChat's subscribe
 * prompt (wx.requestSubscribeMessage), which browsers do not have. The caller (X-WX-OPENID, as the gateway
 * trusts it) answers every template at once ('accept' unless told); WeChat's side records the
 * authorisations and answers `{ errMsg, <tmplId>: 'accept' | 'reject' }` like the client API.
 */
export async function handleSubscribePrompt(req: IncomingMessage, res: ServerResponse, subscribe: SubscribeMessages) {
  try {
    const body = parseJsonBody(await readBody(req));
    const ids = Array.isArray(body.tmplIds) ? body.tmplIds.filter((id): id is string => typeof id === 'string') : [];
    const answer: SubscribeAnswer = body.answer === 'reject' ? 'reject' : 'accept';
    const openid = String(req.headers['x-wx-openid'] ?? '').trim();
    const result = subscribe.request(openid, Object.fromEntries(ids.map((id) => [id, answer])));
    const { errcode, errmsg, ...answers } = result;
    if (errcode !== 0) throw new HttpError(400, String(errcode), errmsg);
    sendJson(res, 200, { errMsg: errmsg, ...answers });
  } catch (err) {
    sendError(res, err);
  }
}
