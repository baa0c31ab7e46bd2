import { afterEach, describe, expect, it } from 'vitest';
import { SITI, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t.cleanup());

describe('the statement cache', () => {
  it('gives the same compiled statement for the same SQL, and results stay right as data changes', () => {
    t = tempCore();
    expect(t.db.prepare('SELECT count(*) AS n FROM clients')).toBe(t.db.prepare('SELECT count(*) AS n FROM clients'));
    expect(t.must('cases:list', { search: 'siti' }).total).toBe(0);
    const id = t.must('clients:create', SITI).client.id;
    t.must('cases:create', { clientId: id, cluster: 'anak', ppksType: 'anak_terlantar' });
    expect(t.must('cases:list', { search: 'siti' }).total).toBe(1);
  });
});
