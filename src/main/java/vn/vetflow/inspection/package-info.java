/**
 * Specialized inspections of VET institutions (kiểm tra chuyên ngành): the process, the inspection file,
 * the institution's side and the digital-or-not classification. The records in this package are the
 * module's public events; other modules (KPIs) listen to them.
 */
package vn.vetflow.inspection;
