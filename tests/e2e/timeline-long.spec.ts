import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { api, seed, startServer, type Server } from './casework-server';

/**
 * A case with 1,000+ events opens without a stall and keeps the DOM small while it scrolls
 * to its very first event: only the rows in view exist, older pages load by cursor.
 */
let dataDir: string;
let server: Server | null = null;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-timeline-'));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

const MAX_ROWS = 60;

test('the timeline of a 1,000-event case opens, stays bounded in the DOM and reaches its first event', async ({ page }) => {
  test.setTimeout(420_000);
  seed(dataDir, ['--clients', '3', '--long-cases', '1']);
  server = await startServer(dataDir);
  const { rows } = await api<{ rows: { id: string }[] }>(server, 'cases:list', { limit: 50 });
  const totals = await Promise.all(rows.map(async (r) => ({ id: r.id, total: (await api<{ total: number }>(server!, 'timeline:list', { caseId: r.id, limit: 1 })).total })));
  const long = totals.sort((a, b) => b.total - a.total)[0];
  expect(long.total).toBeGreaterThanOrEqual(1000);
  // The case's oldest event: where the timeline must end.
  const all = (await api<{ events: { at: string }[] }>(server, 'timeline:list', { caseId: long.id, limit: 5000 })).events;
  const oldest = all[all.length - 1].at;

  await page.goto(server.url);
  await page.goto(server.url.replace(/#.*/, `#/kasus/${long.id}`));
  const feed = page.getByRole('feed', { name: /Peristiwa kasus/ });
  await expect(page.getByText(`${long.total.toLocaleString('id-ID')} peristiwa`)).toBeVisible();
  await expect(feed.locator('.tl-event').first()).toBeVisible();
  await expect(feed.locator('.tl-month').first()).toBeVisible();
  await feed.screenshot({ path: '/tmp/pendamping-long-timeline.png' });

  const rendered = () => feed.locator('.timeline-row').count();
  expect(await rendered()).toBeLessThanOrEqual(MAX_ROWS);

  // Scroll to the end again and again: older pages arrive by cursor, the DOM stays small,
  // and the case's oldest event is reached at the very bottom.
  const lastShown = () => feed.locator('.tl-event time').last().getAttribute('datetime');
  for (let i = 0; i < 80 && (await lastShown()) !== oldest; i++) {
    await feed.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(150);
    expect(await rendered()).toBeLessThanOrEqual(MAX_ROWS);
  }
  expect(await lastShown()).toBe(oldest);
  await expect(feed.locator('.tl-event').last()).toBeVisible();
  await expect(page.getByText('Memuat peristiwa yang lebih lama…')).toBeHidden();
  expect(await rendered()).toBeLessThanOrEqual(MAX_ROWS);
  await feed.screenshot({ path: '/tmp/pendamping-long-timeline-end.png' });

  // A filter narrows the same chronology (and still pages by cursor).
  await page.getByRole('button', { name: 'Kunjungan', exact: true }).click();
  await expect(feed.locator('.tl-event').first()).toContainText('Kunjungan');
  await expect(feed.locator('.tl-event.tl-kasus')).toHaveCount(0);
});
