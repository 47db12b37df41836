import protobuf from 'protobufjs';

/**
 * The protobuf messages of `wx.openApi`, as wx-server-sdk 4.0.2 encodes them (field numbers read from the
 * SDK's generated src/protobuf/openapi.js). The request is CommApiData, the answer CommOpenApiResp.
 */
const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 },
      },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    HttpHeader: { fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } } },
    CommApiData: {
      fields: {
        apiType: { type: 'int32', id: 1 },
        openapiData: { type: 'OpenApiData', id: 2 },
        appid: { type: 'string', id: 6 },
      },
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
        headers: { rule: 'repeated', type: 'HttpHeader', id: 5 },
        svrkitErrorCode: { type: 'int32', id: 6 },
      },
    },
  },
});

const CommApiData = root.lookupType('CommApiData');
const CommOpenApiResp = root.lookupType('CommOpenApiResp');

/** CommApiData.ApiType.OPEN_API: the only kind of call the local cloud serves. */
export const OPEN_API = 0;

export interface DecodedOpenApiCall {
  apiType: number;
  appid: string;
  /**
   * The call's parameters, snake_case keys as the SDK sent them, values parsed from their JSON bytes.
   * A file parameter (the SDK's `{ contentType, value: Buffer }`, e.g. imgSecCheck's `media`) arrives as a
   * pair of raw bytes with a `filename` (`media.png`): it is kept as a MediaParam. The SDK 4.0.2 sets
   * `contentType` on the pair, which the protobuf field `contenttype` does not pick up, so the type is
   * usually empty on the wire and is derived from the file name's extension.
   */
  params: Record<string, unknown>;
}

export interface MediaParam {
  contentType: string;
  filename: string;
  value: Buffer;
}

export function isMediaParam(value: unknown): value is MediaParam {
  return (
    typeof value === 'object' &&
    value !== null &&
    Buffer.isBuffer((value as MediaParam).value) &&
    typeof (value as MediaParam).contentType === 'string'
  );
}

export function decodeCommApiData(bytes: Buffer): DecodedOpenApiCall {
  const message = CommApiData.toObject(CommApiData.decode(bytes), { defaults: true, bytes: Buffer }) as {
    apiType: number;
    appid: string;
    openapiData?: { pairs?: { key: string; value: Buffer; contenttype: string; filename: string }[] };
  };
  const params: Record<string, unknown> = {};
  for (const pair of message.openapiData?.pairs ?? []) {
    if (pair.contenttype || pair.filename) {
      const contentType = pair.contenttype || mimeOf(pair.filename);
      params[pair.key] = { contentType, filename: pair.filename, value: Buffer.from(pair.value) } satisfies MediaParam;
      continue;
    }
    const text = Buffer.from(pair.value).toString('utf8');
    try {
      params[pair.key] = JSON.parse(text);
    } catch {
      params[pair.key] = text;
    }
  }
  return { apiType: message.apiType, appid: message.appid, params };
}

function mimeOf(filename: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  return (
    ({ png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif' } as Record<string, string>)[ext] ??
    'application/octet-stream'
  );
}

/** A JSON answer as WeChat gives it: the SDK throws when `errcode` is non-zero, else returns the fields. */
export function encodeJsonResponse(json: Record<string, unknown>): Buffer {
  const message = CommOpenApiResp.create({
    respData: Buffer.from(JSON.stringify(json)),
    contentType: 'application/json; charset=utf-8',
    errorCode: 0,
    httpCode: 200,
  });
  return Buffer.from(CommOpenApiResp.encode(message).finish());
}
