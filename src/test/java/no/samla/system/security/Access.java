package no.samla.system.security;

/** The outcome a route must give one kind of visitor. */
public enum Access {
    /** The request is served (a page, a redirect after a POST, or a form with validation messages). */
    ALLOWED,
    /** An anonymous visitor is sent to the login page. */
    LOGIN,
    /** 403: signed in, but not allowed. */
    FORBIDDEN,
    /** 404: the object is not there for this visitor. */
    NOT_FOUND
}
