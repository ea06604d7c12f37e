#pragma once
// NhdClient: the outgoing side of Networked Help Desk 1.0, one job object per request.
//
//  new SharingJob(method, url, body, token, pin)     [setTimeout, setNetworkAccessManager]
//    |
//  start() --- not https:// / pin not 64 hex digits ---------------> ConfigurationError
//    |
//  QNAM sendCustomRequest  Content-Type: application/json, X-Ticket-Sharing-Version: 1,
//    |                     X-Ticket-Sharing-Token: <uuid>:<key>; no redirects, no HTTP/2;
//    |                     own QNAM per job, so no connection is reused across pins
//    +--- inactivity timer (30 s, restarted on every upload/download progress) ------+
//    v                                                                              |
//  TLS handshake                                                                    |
//    +- sslErrors:  leaf SHA-256 == pin, only "untrusted"/host-name errors?         |
//    |                yes: ignoreSslErrors()   no: note why, handshake fails --+    |
//    +- encrypted:  pin set and leaf != pin (a CA-valid stranger)?            |    |
//    |                yes: note why, abort() before the request is sent ---+  |    |
//    v                                                                   |  |    |
//  request written, answer read                                          |  |    |
//    |                                                                   v  v    v
//  QNetworkReply::finished ------------------------------------------> onReplyFinished()
//                                                                           |
//    +---------------------------+----------------------+-------------------+
//    | abort() by the caller     | noted TLS problem    | timer fired
//    v                           v                      v
//  Retry "cancelled"           SslError (+ presented   Retry "did not answer
//                               fingerprint)            within 30 s"
//    +-- an HTTP status arrived: classify()
//    |      2xx ............................ Done
//    |      3xx, 401, 403 .................. ConfigurationError (moved / token refused)
//    |      404, 410 ....................... Orphaned
//    |      408, 429, 5xx .................. Retry (Retry-After: seconds or HTTP date)
//    |      422, any other 4xx ............. Failed (with the partner's own message)
//    +-- no HTTP status: TLS handshake failed ................. SslError
//    |                   refused, reset, DNS, network down ..... Retry
//    v
//  finished(result) — exactly once; the reply is deleted, isFinished() is true.
//
//  FetchCertificateJob: handshake only, no HTTP byte sent; reports the presented leaf
//  certificate, its fingerprint and whether a system CA vouches for it (TOFU after the admin
//  confirms). fetchCertificate(url) starts one that deletes itself when finished.
#include "app/sharing/FetchCertificateJob.h"
#include "app/sharing/SharingJob.h"
