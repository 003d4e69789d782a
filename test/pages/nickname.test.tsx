// 修改昵称: saves the name others see; a refusal from the content check is shown under the field
// with the kind WeChat flagged, and what was typed stays.
import { fireEvent, screen } from '@testing-library/react';
import NicknamePage from '../../src/packages/people/nickname/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

describe('修改昵称', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('shows the refusal naming what was flagged, keeps the text, then saves', async () => {
    const net = fakeNetwork();
    net.on('/api/me.nickname', (body) =>
      (body as { nickname: string }).nickname.includes('发票')
        ? refused(400, { code: 'invalid', message: '内容可能含有广告信息(微信内容安全判定),请修改后再提交', field: 'nickname' })
        : ok({ user: { id: 'u1', name: (body as { nickname: string }).nickname } }),
    );
    renderPage(NicknamePage, 'packages/people/nickname/index');
    const input = await screen.findByRole('textbox', { name: /昵称/ });
    fireEvent.input(input, { target: { value: '代开发票' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/含有广告信息/)).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('代开发票');
    fireEvent.input(input, { target: { value: '小陈' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存，大家现在看到的是“小陈”')).toBeTruthy();
  });
});
