#pragma once
// The subcommands of `deskbridge`. Each takes the context, parses its own options and returns
// the process exit code (0 done, 1 refused or failed, 2 wrong usage).
#include "app/cli/CliContext.h"

namespace DeskBridge::Cli {

int runInit(CliContext &ctx);
int runInfo(CliContext &ctx);
int runServe(CliContext &ctx);
int runUser(CliContext &ctx);
int runGroup(CliContext &ctx);
int runField(CliContext &ctx);
int runTicket(CliContext &ctx);
int runTickets(CliContext &ctx);
int runOrg(CliContext &ctx);
int runImport(CliContext &ctx);
// `user update`, with organization memberships (OrganizationCommands.cpp).
int runUserUpdate(CliContext &ctx);
// `user set-password` and `user password-link` (HelpCenterCommands.cpp).
int runUserPassword(CliContext &ctx);
int runTrigger(CliContext &ctx);
int runView(CliContext &ctx);
int runAgreement(CliContext &ctx);
int runApiToken(CliContext &ctx);
// `certificate show|install|remove` (CertificateCommands.cpp).
int runCertificate(CliContext &ctx);
// `ticket share|unshare ID --agreement ID|NAME` (dispatched from `ticket`).
int runTicketShare(CliContext &ctx);

} // namespace DeskBridge::Cli
