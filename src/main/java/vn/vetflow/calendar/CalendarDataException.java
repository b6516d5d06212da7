package vn.vetflow.calendar;

import java.util.List;

/**
 * The calendar files cannot be used: each problem names the file, the entry and what is wrong.
 * Thrown at startup, so an operator sees it in the log before the application serves anyone.
 */
public class CalendarDataException extends IllegalStateException {

    private final List<String> problems;

    public CalendarDataException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the file it concerns. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder message = new StringBuilder("Invalid working-day calendar data (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append("); fix the files and restart:");
        problems.forEach(p -> message.append(System.lineSeparator()).append(" - ").append(p));
        return message.toString();
    }
}
