-- The institution's periodic reports were entered by hand into institution_report (V9) for the risk hints;
-- they are now filed through the reporting rounds (V190, vn.vetflow.reporting), which count late and missing
-- reports for the hints. The hand-entered rows are dropped with their table.
drop table institution_report;
