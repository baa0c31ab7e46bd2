-- Beranda's relapse alerts read the visits with a relapse date in the last 30 days; without
-- an index that walked a district's million visits (45 s in `npm run bench`'s memory round).
CREATE INDEX visits_relapses ON visits (relapse_date) WHERE relapse_date IS NOT NULL;
