package fr.creneau.gateway.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * A request Netty cannot decode (an address longer than its 4 KB line, headers too large, a broken request line)
 * never reaches Spring: Reactor Netty answers it with an empty 400, 414 or 431. This handler, placed right after
 * Netty's HTTP decoder, answers it first, with the same status and a French problem+json, then closes the
 * connection as Reactor Netty would.
 */
@Component
class MalformedRequests implements NettyServerCustomizer {

    private final ObjectMapper objectMapper;

    MalformedRequests(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "creneau.malformedRequests", new Answer());
            }
        });
    }

    private final class Answer extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
            if (!(message instanceof HttpObject http) || http.decoderResult().isSuccess()) {
                context.fireChannelRead(message);
                return;
            }
            Throwable cause = http.decoderResult().cause();
            ReferenceCountUtil.release(message);
            context.writeAndFlush(response(cause)).addListener(ChannelFutureListener.CLOSE);
        }

        private FullHttpResponse response(Throwable cause) throws Exception {
            ProblemDetail problem = problem(cause.getCause() != null ? cause.getCause() : cause);
            byte[] body = objectMapper.writeValueAsBytes(problem);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(problem.getStatus()), Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return response;
        }

        private static ProblemDetail problem(Throwable cause) {
            if (cause instanceof TooLongHttpLineException) {
                return problem(HttpStatus.URI_TOO_LONG, "Adresse trop longue",
                        "L'adresse demandée est trop longue (4 Ko au plus).");
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "En-têtes trop volumineux",
                        "Les en-têtes de la requête sont trop volumineux.");
            }
            return problem(HttpStatus.BAD_REQUEST, "Requête mal formée",
                    "La requête HTTP est mal formée et n'a pas pu être lue.");
        }

        private static ProblemDetail problem(HttpStatus status, String title, String detail) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            return problem;
        }
    }
}
