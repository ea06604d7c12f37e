#pragma once
// DemoSharing: the sharing half of `deskbridge demo`: the retailer and the manufacturer invite
// each other (pinning each other's certificate) and accept, for real over HTTPS on loopback
// through their running SharingHosts, then the retailer shares a few tickets. Done once per
// pair of data directories; later starts find the agreements and do nothing.
#include "app/Instance.h"
#include "app/sharing/SharingHost.h"
#include "models/domain/Result.h"

#include <QCoreApplication>

namespace DeskBridge::Demo {

class DemoSharing {
    Q_DECLARE_TR_FUNCTIONS(DemoSharing)
public:
    static Status connect(Instance &retailer, Sharing::SharingHost &retailerHost,
                          Instance &manufacturer, Sharing::SharingHost &manufacturerHost,
                          int timeoutMs = 30000);
};

} // namespace DeskBridge::Demo
