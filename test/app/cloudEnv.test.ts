// A weapp build for upload without its cloud environment stops with a message that says what to
// set; the check-only build and the browser build go on.
import { MISSING_CLOUD_ENV, requireCloudEnv } from '../../config/cloudEnv';
import { readFileSync } from 'node:fs';

describe('TARO_APP_CLOUD_ENV for a production weapp build', () => {
  it('refuses a production weapp build without it, naming the variable', () => {
    expect(() => requireCloudEnv({ TARO_ENV: 'weapp', NODE_ENV: 'production' })).toThrow(MISSING_CLOUD_ENV);
    expect(MISSING_CLOUD_ENV).toContain('TARO_APP_CLOUD_ENV');
  });
  it('lets through a build with it, a check-only build, a dev build and the browser build', () => {
    expect(() => requireCloudEnv({ TARO_ENV: 'weapp', NODE_ENV: 'production', TARO_APP_CLOUD_ENV: 'prod-1' })).not.toThrow();
    expect(() => requireCloudEnv({ TARO_ENV: 'weapp', NODE_ENV: 'production', GONGZHI_WEAPP_CHECK: '1' })).not.toThrow();
    expect(() => requireCloudEnv({ TARO_ENV: 'weapp', NODE_ENV: 'development' })).not.toThrow();
    expect(() => requireCloudEnv({ TARO_ENV: 'h5', NODE_ENV: 'production' })).not.toThrow();
  });
  it('the app declares its sitemap, privacy check and preloads for the tabs', () => {
    const app = readFileSync('src/app.config.ts', 'utf8');
    expect(app).toContain("sitemapLocation: 'sitemap.json'");
    expect(app).toContain('__usePrivacyCheck__: true');
    expect(JSON.parse(readFileSync('sitemap.json', 'utf8')).rules).toEqual([{ action: 'disallow', page: '*' }]);
  });
  it('the api function may call the image check and no longer declares the unused imgSecCheck', () => {
    const api = JSON.parse(readFileSync('cloudfunctions/api/config.json', 'utf8'));
    expect(api.permissions.openapi).toEqual(expect.arrayContaining(['security.msgSecCheck', 'security.mediaCheckAsync']));
    expect(api.permissions.openapi).not.toContain('security.imgSecCheck');
  });
});
