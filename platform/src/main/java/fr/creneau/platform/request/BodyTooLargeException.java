package fr.creneau.platform.request;

import org.springframework.util.unit.DataSize;

import java.io.IOException;

/** A body sent without its length turned out longer than the limit while it was being read: answered 413. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(DataSize limit) {
        super(BodySizeLimit.tooLarge(limit));
    }
}
