// The cloud transport: WeChat's subscribeMessage.send through cloud calls (云调用), which the
// function may use because its config.json lists the openapi permission `subscribeMessage.send`.
// wx-server-sdk answers {errCode: 0} on success and throws an error carrying errCode/errMsg when
// WeChat refuses; both become a SendAnswer here, so deliver.ts keeps the code on the message.
import type { SendAnswer, SendRequest, Transport } from './deliver';
import { NETWORK_ERRCODE } from './deliver';

/** developer | trial | formal: which version of the mini-program the card opens. */
export type MiniprogramState = 'developer' | 'trial' | 'formal';

interface WxAnswer {
  errCode?: number;
  errcode?: number;
  errMsg?: string;
  errmsg?: string;
  message?: string;
}

function answerOf(value: WxAnswer | undefined | null, fallback: number): SendAnswer {
  const code = value?.errCode ?? value?.errcode;
  return { errcode: typeof code === 'number' ? code : fallback, errmsg: value?.errMsg ?? value?.errmsg ?? value?.message };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function cloudTransport(cloud: any, state: MiniprogramState = 'formal'): Transport {
  return {
    async send(request: SendRequest): Promise<SendAnswer> {
      try {
        const res = (await cloud.openapi.subscribeMessage.send({
          touser: request.openid,
          templateId: request.templateId,
          ...(request.page ? { page: request.page } : {}),
          data: request.data,
          miniprogramState: state,
          lang: 'zh_CN',
        })) as WxAnswer | undefined;
        return answerOf(res, 0);
      } catch (error) {
        // An error without a WeChat code never reached WeChat (timeouts, DNS): worth a retry.
        return answerOf(error as WxAnswer, NETWORK_ERRCODE);
      }
    },
  };
}

export function miniprogramState(value: string | undefined): MiniprogramState {
  return value === 'developer' || value === 'trial' ? value : 'formal';
}
