/* The task event stream (api_events.c, Server-Sent Events): its ticker, started and stopped with
 * the listener (http.c): the stop ends every open stream. */
#ifndef DD_SERVER_SSE_H
#define DD_SERVER_SSE_H

int dd_srv_sse_start(void);
void dd_srv_sse_stop(void);

#endif
