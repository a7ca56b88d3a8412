package io.homeshore.cli;

final class CliErrors {

    private CliErrors() {}

    /** The message of the deepest cause that has one, flattened to a single line. */
    static String oneLine(Throwable ex) {
        String message = null;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
                if (t instanceof CliException || t instanceof IllegalArgumentException) break;
            }
        }
        if (message == null) message = ex.getClass().getSimpleName();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
