// 用户隐私保护指引 and WeChat's privacy authorization: the guide page lists each kind of
// information; before a privacy-sensitive API the app shows its own agreement view (WeChat's
// onNeedPrivacyAuthorization faked at the edge), and a refusal is told apart from a cancel.
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { readFileSync } from 'node:fs';
import PrivacyPage from '../../src/packages/people/privacy/index';
import { PrivacyConsent } from '../../src/components/PrivacyConsent';
import { PRIVACY_ITEMS } from '../../src/packages/people/privacy/guide';
import { isPrivacyRefusal, privacyGuarded, PrivacyRefused } from '../../src/services/privacy';
import { freshLaunch, renderPage } from './support/render';

describe('隐私保护指引', () => {
  beforeEach(() => freshLaunch());

  it('says for names, phone tails, flats, photos and care records what, why, who sees it, how long and how to withdraw', async () => {
    renderPage(PrivacyPage, 'packages/people/privacy/index');
    expect(await screen.findByRole('heading', { name: '用户隐私保护指引' })).toBeTruthy();
    for (const kind of ['姓名', '手机号后四位', '房号', '照片', '关爱记录']) expect(screen.getByRole('heading', { name: new RegExp(kind) })).toBeTruthy();
    expect(screen.getAllByText('怎样撤回:')).toHaveLength(PRIVACY_ITEMS.length);
  });

  it('is the same text the deploy guide gives for the console', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    for (const item of PRIVACY_ITEMS) for (const text of Object.values(item)) expect(doc).toContain(text);
  });
});

describe('privacy authorization before choosing photos, files or scanning', () => {
  const env = process.env.TARO_ENV;
  let listener: ((resolve: (a: unknown) => void, info: { referrer: string }) => void) | null = null;
  beforeAll(() => {
    process.env.TARO_ENV = 'weapp';
    (Taro as unknown as { onNeedPrivacyAuthorization: unknown }).onNeedPrivacyAuthorization = (l: typeof listener) => {
      listener = l;
    };
  });
  afterAll(() => {
    process.env.TARO_ENV = env;
  });

  it('shows the agreement view in place when WeChat asks, and passes the answer back', async () => {
    render(<PrivacyConsent what='选择照片' />);
    expect(screen.queryByText('使用前请同意隐私保护指引')).toBeNull();
    const answers: unknown[] = [];
    act(() => listener!((a) => answers.push(a), { referrer: 'chooseMedia' }));
    expect(screen.getByText('使用前请同意隐私保护指引')).toBeTruthy();
    expect(screen.getByText(/选择照片需要你先同意/)).toBeTruthy();
    // TARO_ENV is weapp here, so buttons carry WeChat's aria attributes, not the DOM's roles.
    fireEvent.click(screen.getByText('不同意'));
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }]);
    expect(screen.queryByText('使用前请同意隐私保护指引')).toBeNull();

    act(() => listener!((a) => answers.push(a), { referrer: 'chooseMedia' }));
    const { agreePrivacy } = await import('../../src/services/privacy');
    act(() => agreePrivacy());
    expect(answers.slice(-1)).toEqual([{ event: 'agree', buttonId: 'gz-privacy-agree' }]);
  });

  it('tells a refusal (errno 112, "privacy permission is not authorized") from backing out', async () => {
    expect(isPrivacyRefusal({ errno: 112, errMsg: 'chooseMedia:fail api scope is not declared in the privacy agreement' })).toBe(true);
    expect(isPrivacyRefusal({ errMsg: 'chooseMedia:fail privacy permission is not authorized' })).toBe(true);
    expect(isPrivacyRefusal({ errMsg: 'chooseMedia:fail cancel' })).toBe(false);
    await expect(privacyGuarded(() => Promise.reject({ errMsg: 'chooseMessageFile:fail privacy permission is not authorized' }))).rejects.toBeInstanceOf(PrivacyRefused);
    await expect(privacyGuarded(() => Promise.reject({ errMsg: 'chooseMessageFile:fail cancel' }))).resolves.toBeNull();
  });
});
