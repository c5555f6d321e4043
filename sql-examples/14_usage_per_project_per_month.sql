-- What each project spent per month since June (the demo knows its organization; against
-- your account, set the organizationId property or add WHERE organization_id = '...').
-- modality and the period range are sent to the API as modality, start_date and end_date.
SELECT period_start,
       group_name          AS project,
       job_count,
       ROUND(time_us / 1e6, 1) AS qpu_seconds,
       ROUND(amount, 2)    AS amount,
       amount_unit
FROM usage
WHERE modality = 'monthly'
  AND period_start >= DATE '2026-06-01' AND period_start < DATE '2026-12-01'
ORDER BY period_start;
