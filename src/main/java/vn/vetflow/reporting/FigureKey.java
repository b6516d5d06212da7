package vn.vetflow.reporting;

/**
 * Where a figure sits in a report: the template's indicator and, for a table cell, the dimension
 * {@code LEVEL|occupationCode} ('' for a single figure), as reporting_figure stores it.
 */
public record FigureKey(String indicator, String dimension) {

    public static FigureKey single(String indicator) {
        return new FigureKey(indicator, "");
    }

    /** The request parameter and field name of a table cell: {@code t.<table>.<LEVEL|occupation>}. */
    public String field() {
        return dimension.isEmpty() ? indicator : "t." + indicator + "." + dimension;
    }
}
