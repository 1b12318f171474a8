#include "engine/gtp/gtp_server.h"
namespace m37 {
GtpServer::Reply GtpServer::cmdLoadSgf(const Args&) { return fail("cannot load file"); }
GtpServer::Reply GtpServer::cmdPrintSgf(const Args&) { return fail("not yet"); }
}
