// The two buttons of every export: 导出 Excel and 导出 CSV. The server sends the whole file
// (server/app/exports/tableFile.ts); in the browser it becomes a download link, in WeChat it is
// written to the user's file space and opened with openDocument, whose menu forwards it to a chat
// or a computer (https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html:
// xlsx is among the types it opens; CSV is not, so a CSV gets a 发送到聊天 button that calls
// shareFileMessage inside its own tap, as WeChat requires:
// https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Btn } from '../Btn';
import { Notice } from '../states';
import { useSubmit } from '../useSubmit';
import './export.css';

const h5 = process.env.TARO_ENV === 'h5';

export interface ExportedFile {
  fileName: string;
  format: 'csv' | 'xlsx';
  mime: string;
  base64: string;
  rows: number;
}

type Ready = { file: ExportedFile; url: string | null; path?: string };

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

async function saveInWeChat(file: ExportedFile): Promise<string> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName.replace(/[\\/:*?"<>|]/g, '_')}`;
  await new Promise<void>((resolve, reject) =>
    Taro.getFileSystemManager().writeFile({ filePath, data: file.base64, encoding: 'base64', success: () => resolve(), fail: (e) => reject(new Error(e.errMsg)) }),
  );
  if (file.format === 'xlsx') await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
  return filePath;
}

export function ExportFile({ fetch, what }: { fetch: (format: 'csv' | 'xlsx') => Promise<ExportedFile>; what: string }) {
  const f = useSubmit({ fields: [], unexpected: (message) => `导出没有成功:${message}` });
  const [format, setFormat] = useState<'csv' | 'xlsx' | null>(null);
  const busy = f.busy ? format : null;
  const [ready, setReady] = useState<Ready | null>(null);
  const error = f.formError;

  const run = async (asked: 'csv' | 'xlsx') => {
    if (f.busy) return;
    setFormat(asked);
    await f.run(
      async (): Promise<Ready> => {
        const file = await fetch(asked);
        if (h5) return { file, url: URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mime })) };
        return { file, url: null, path: await saveInWeChat(file) };
      },
      setReady,
    );
  };

  return (
    <View className='gz-export'>
      <View className='gz-actions'>
        <Btn kind='secondary' block busy={busy === 'xlsx'} onClick={() => void run('xlsx')}>
          {`导出 Excel（${what}）`}
        </Btn>
        <Btn kind='secondary' block busy={busy === 'csv'} onClick={() => void run('csv')}>
          {`导出 CSV（${what}）`}
        </Btn>
      </View>
      {error && <Notice kind='error'>{error}</Notice>}
      {ready && (
        <Notice kind='ok'>
          <Text className='gz-p'>{`已生成 ${ready.file.fileName}，共 ${ready.file.rows} 行`}</Text>
          {ready.url && (
            <a className='gz-download' href={ready.url} download={ready.file.fileName}>
              {`下载 ${ready.file.fileName}`}
            </a>
          )}
          {ready.path && ready.file.format === 'csv' && (
            <Btn kind='primary' block onClick={() => void Taro.shareFileMessage({ filePath: ready.path!, fileName: ready.file.fileName }).catch(() => undefined)}>
              发送到聊天
            </Btn>
          )}
        </Notice>
      )}
    </View>
  );
}
