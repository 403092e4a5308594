// Dashboard pages and their static assets, without a browser.
import { describe, expect, it } from 'vitest';
import { assetRoutes, renderDashboardPage, renderLoginPage } from '../../sync-service/src/dashboard/page';

describe('dashboard pages', () => {
  it('marks every page as demo only in demo mode', () => {
    for (const render of [renderLoginPage, renderDashboardPage]) {
      expect(render({ demo: true })).toContain('Демонстрационные данные');
      expect(render({ demo: false })).not.toContain('Демонстрационные данные');
    }
  });

  it('posts the token form to /login and shows the error as an alert', () => {
    const html = renderLoginPage({ demo: false, error: 'Токен не найден' });
    expect(html).toMatch(/<form method="post" action="\/login">/);
    expect(html).toMatch(/<input id="token" name="token" type="password"/);
    expect(html).toMatch(/role="alert"[^>]*>Токен не найден</);
    expect(renderLoginPage({ demo: false })).not.toContain('role="alert"');
  });

  it('escapes the region name and the error text', () => {
    const hostile = '<script>alert("x")</script>';
    for (const html of [
      renderLoginPage({ demo: false, regionName: hostile, error: hostile }),
      renderDashboardPage({ demo: false, regionName: hostile }),
    ]) {
      expect(html).not.toContain(hostile);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    }
  });

  it('loads only its own script and styles, no external resources', () => {
    const html = renderDashboardPage({ demo: false, regionName: 'Кузбасс' });
    expect(html).toContain('<script src="/assets/dashboard.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="/assets/dashboard.css">');
    expect(html).toContain('<form method="post" action="/logout">');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe('dashboard assets', () => {
  it('serves the client bundle and the styles, revalidated by ETag', async () => {
    for (const [path, type, marker] of [
      ['/dashboard.js', 'text/javascript', '/api/v1/indicators'],
      ['/dashboard.css', 'text/css', '.demo-banner'],
    ] as const) {
      const res = await assetRoutes.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(await res.text()).toContain(marker);
      const etag = res.headers.get('etag')!;
      expect(etag).toMatch(/^".+"$/);
      const again = await assetRoutes.request(path, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
  });
});
