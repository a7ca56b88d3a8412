package io.homeshore.platform;

/** The named thing does not exist, or the caller may not know that it does: a 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
