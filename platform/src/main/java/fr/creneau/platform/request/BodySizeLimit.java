package fr.creneau.platform.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;

/**
 * Refuses a body larger than the limit with 413 before anything reads it, when its length is announced; a body sent
 * in chunks is cut off at the limit while it is read ({@link BodyTooLargeException}, answered 413 too).
 */
class BodySizeLimit extends OncePerRequestFilter {

    private final DataSize limit;
    private final ObjectMapper json;

    BodySizeLimit(DataSize limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    static String tooLarge(DataSize limit) {
        return "Le corps de la requête dépasse la taille acceptée (%d Ko).".formatted(limit.toKilobytes());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit.toBytes()) {
            ProblemResponse.write(request, response, json, HttpStatus.PAYLOAD_TOO_LARGE, "Requête trop volumineuse",
                    tooLarge(limit));
            return;
        }
        if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            // the answer is sent with its length: Tomcat closes the connection on a body it will not read to the end,
            // and an answer sent in chunks would be cut before its last one
            ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper(response);
            chain.doFilter(new Limited(request, limit), whole);
            whole.copyBodyToResponse();
            return;
        }
        chain.doFilter(request, response);
    }

    /** A request whose body stops being read, with an error, past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final DataSize limit;
        private ServletInputStream body;

        Limited(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new Counted(super.getInputStream(), limit);
            }
            return body;
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final DataSize limit;
        private long read;

        Counted(ServletInputStream in, DataSize limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = in.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit.toBytes()) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
