/*
 * bare.c — rapport-bench-bare: a libmicrohttpd server that answers every
 * request with the same body of a given size, the upper limit of what the
 * HTTP layer alone allows, to set `rapport serve` against.
 *
 *   rapport-bench-bare [--port N] [--size BYTES] [--threads N]
 *
 * The daemon is started exactly as server/serve.c starts it (epoll, an
 * internal thread pool of one thread per core, the same limits); a response
 * is made for each request, as serve.c makes one, from the one body, which
 * is never freed while serving.  It listens on 127.0.0.1 only; the first
 * line on stdout names the port (port 0, the default, picks a free one);
 * SIGTERM or SIGINT stops it.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The limits of server/serve.c, so that the daemons do the same work. */
#define CONNECTION_MEMORY    (32 * 1024)
#define CONNECTION_LIMIT     1024
#define CONNECTION_TIMEOUT_S 30
#define SIZE_MAX_BYTES	     (64 * 1024 * 1024)

struct body {
	char *data;
	size_t len;
};

static volatile sig_atomic_t stopping;

static void on_signal(int sig)
{
	(void)sig;
	stopping = 1;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	const struct body *body = cls;
	struct MHD_Response *r;
	enum MHD_Result ret;

	(void)url;
	(void)method;
	(void)version;
	(void)upload;
	/* The first call only announces the request, as in serve.c. */
	if (!*con_cls) {
		*con_cls = conn;
		return MHD_YES;
	}
	if (*upload_size) {
		*upload_size = 0;
		return MHD_YES;
	}
	r = MHD_create_response_from_buffer(body->len, body->data, MHD_RESPMEM_PERSISTENT);
	if (!r) {
		return MHD_NO;
	}
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
	ret = MHD_queue_response(conn, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	return ret;
}

/* A number of `flag` within [min, max], or -1 naming the accepted form. */
static long parse_count(const char *flag, const char *text, long min, long max)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(text, &end, 10);
	if (!*text || *end || errno || n < min || n > max) {
		fprintf(stderr, "error: invalid number '%s' for %s (expected %ld to %ld)\n", text,
			flag, min, max);
		return -1;
	}
	return n;
}

int main(int argc, char **argv)
{
	struct body body = {NULL, 0};
	struct MHD_Daemon *d = NULL;
	const union MHD_DaemonInfo *info;
	struct sockaddr_in sa;
	struct sigaction act;
	long port = 0, size = 1024, threads = sysconf(_SC_NPROCESSORS_ONLN);
	int code = 2, i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--port") && i + 1 < argc) {
			port = parse_count("--port", argv[++i], 0, 65535);
		} else if (!strcmp(argv[i], "--size") && i + 1 < argc) {
			size = parse_count("--size", argv[++i], 0, SIZE_MAX_BYTES);
		} else if (!strcmp(argv[i], "--threads") && i + 1 < argc) {
			threads = parse_count("--threads", argv[++i], 1, 64);
		} else {
			fprintf(stderr, "usage: rapport-bench-bare [--port N] [--size BYTES] "
					"[--threads N]\n");
			goto out;
		}
		if (port < 0 || size < 0 || threads < 0) {
			goto out;
		}
	}
	if (threads < 1) {
		threads = 1;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	code = 3;
	/* JSON-looking filler: spaces and one line end, so any client accepts it. */
	body.len = (size_t)size;
	body.data = malloc(body.len + 1);
	if (!body.data) {
		fprintf(stderr, "error: out of memory\n");
		goto out;
	}
	memset(body.data, ' ', body.len);
	if (body.len) {
		body.data[body.len - 1] = '\n';
	}
	memset(&act, 0, sizeof(act));
	act.sa_handler = on_signal;
	sigaction(SIGTERM, &act, NULL);
	sigaction(SIGINT, &act, NULL);
	signal(SIGPIPE, SIG_IGN);
	d = MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG, 0,
			     NULL, NULL, on_request, &body, MHD_OPTION_SOCK_ADDR,
			     (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
			     MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNECTION_LIMIT,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)CONNECTION_TIMEOUT_S,
			     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONNECTION_MEMORY,
			     MHD_OPTION_LISTENING_ADDRESS_REUSE, 1u, MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, "error: cannot listen on 127.0.0.1:%ld: %s\n", port,
			strerror(errno ? errno : EADDRINUSE));
		goto out;
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	printf("bare serving %zu bytes at http://127.0.0.1:%u/ (%ld threads)\n", body.len,
	       info ? info->port : 0, threads);
	fflush(stdout);
	/* The signal may land on any thread: look for it rather than wait. */
	while (!stopping) {
		usleep(50000);
	}
	code = 0;
out:
	if (d) {
		MHD_stop_daemon(d);
	}
	free(body.data);
	return code;
}
