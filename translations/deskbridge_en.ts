<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeskBridge::HelpCenter::HelpCenterService</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::ImportService</name>
    <message numerus="yes">
        <source>%n row(s) have problems, listed with their line numbers.</source>
        <translation>
            <numerusform>%n row has problems, listed with its line number.</numerusform>
            <numerusform>%n rows have problems, listed with their line numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct the rows and import the file again, or choose to skip the bad rows to import the %n good row(s).</source>
        <translation>
            <numerusform>Correct the rows and import the file again, or choose to skip the bad rows to import the %n good row.</numerusform>
            <numerusform>Correct the rows and import the file again, or choose to skip the bad rows to import the %n good rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) would be created: %1.</source>
        <translation>
            <numerusform>%n organization would be created: %1.</numerusform>
            <numerusform>%n organizations would be created: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) were created: %1.</source>
        <translation>
            <numerusform>%n organization was created: %1.</numerusform>
            <numerusform>%n organizations were created: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) would be created.</source>
        <translation>
            <numerusform>%n new user would be created.</numerusform>
            <numerusform>%n new users would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) were created.</source>
        <translation>
            <numerusform>%n new user was created.</numerusform>
            <numerusform>%n new users were created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) with the same email address would be updated.</source>
        <translation>
            <numerusform>%n existing user with the same email address would be updated.</numerusform>
            <numerusform>%n existing users with the same email address would be updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) with the same email address were updated.</source>
        <translation>
            <numerusform>%n existing user with the same email address was updated.</numerusform>
            <numerusform>%n existing users with the same email address were updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) would join an organization by their email domain.</source>
        <translation>
            <numerusform>%n new user would join an organization by their email domain.</numerusform>
            <numerusform>%n new users would join an organization by their email domain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) joined an organization by their email domain.</source>
        <translation>
            <numerusform>%n new user joined an organization by their email domain.</numerusform>
            <numerusform>%n new users joined an organization by their email domain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) would be created.</source>
        <translation>
            <numerusform>%n organization would be created.</numerusform>
            <numerusform>%n organizations would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) were created.</source>
        <translation>
            <numerusform>%n organization was created.</numerusform>
            <numerusform>%n organizations were created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing organization(s) with the same name would be updated.</source>
        <translation>
            <numerusform>%n existing organization with the same name would be updated.</numerusform>
            <numerusform>%n existing organizations with the same name would be updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing organization(s) with the same name were updated.</source>
        <translation>
            <numerusform>%n existing organization with the same name was updated.</numerusform>
            <numerusform>%n existing organizations with the same name were updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::OrganizationService</name>
    <message numerus="yes">
        <source>%n member(s) lose the membership; the users themselves stay.</source>
        <translation>
            <numerusform>%n member loses the membership; the user stays.</numerusform>
            <numerusform>%n members lose the membership; the users themselves stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them it is the default organization; another of their organizations, if any, becomes the default.</source>
        <translation>
            <numerusform>For %n of them it is the default organization; another of their organizations, if any, becomes the default.</numerusform>
            <numerusform>For %n of them it is the default organization; another of their organizations, if any, becomes the default.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) keep existing without an organization; their history records why.</source>
        <translation>
            <numerusform>%n ticket keeps existing without an organization; its history records why.</numerusform>
            <numerusform>%n tickets keep existing without an organization; their history records why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) would join an organization: %1.</source>
        <translation>
            <numerusform>%n user would join an organization: %1.</numerusform>
            <numerusform>%n users would join an organization: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) joined an organization: %1.</source>
        <translation>
            <numerusform>%n user joined an organization: %1.</numerusform>
            <numerusform>%n users joined an organization: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) matching a domain stay as they are: they already belong to as many organizations as the %1 plan allows.</source>
        <translation>
            <numerusform>%n user matching a domain stays as they are: they already belong to as many organizations as the %1 plan allows.</numerusform>
            <numerusform>%n users matching a domain stay as they are: they already belong to as many organizations as the %1 plan allows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::TriggerService</name>
    <message numerus="yes">
        <source>The new order must name each of the %n trigger(s) exactly once.</source>
        <translation>
            <numerusform>The new order must name the %n trigger exactly once.</numerusform>
            <numerusform>The new order must name each of the %n triggers exactly once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::UserService</name>
    <message numerus="yes">
        <source>%1 would belong to %n organizations, but the %2 plan allows one organization per user. Keep one, or upgrade to the %3 plan for up to %4 organizations per user.</source>
        <translation>
            <numerusform>%1 would belong to %n organization, but the %2 plan allows one organization per user. Keep one, or upgrade to the %3 plan for up to %4 organizations per user.</numerusform>
            <numerusform>%1 would belong to %n organizations, but the %2 plan allows one organization per user. Keep one, or upgrade to the %3 plan for up to %4 organizations per user.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would belong to %n organizations, but the %2 plan allows at most %3 organizations per user. Remove some first.</source>
        <translation>
            <numerusform>%1 would belong to %n organization, but the %2 plan allows at most %3 organizations per user. Remove some first.</numerusform>
            <numerusform>%1 would belong to %n organizations, but the %2 plan allows at most %3 organizations per user. Remove some first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskBridge::Services::ViewService</name>
    <message numerus="yes">
        <source>The new order must name each of the %n view(s) exactly once.</source>
        <translation>
            <numerusform>The new order must name the %n view exactly once.</numerusform>
            <numerusform>The new order must name each of the %n views exactly once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskBridge::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Sharing at %1 · %n invite(s) waiting</source>
        <translation>
            <numerusform>Sharing at %1 · %n invite waiting</numerusform>
            <numerusform>Sharing at %1 · %n invites waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpCenter</name>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must not have more than %n character(s).</source>
        <translation>
            <numerusform>The password must not have more than %n character.</numerusform>
            <numerusform>The password must not have more than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-in attempts. Please try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-in attempts. Please try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleCommands</name>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerRunner</name>
    <message numerus="yes">
        <source>Triggers stopped after %n pass(es): they kept changing the ticket (a loop?)</source>
        <translation>
            <numerusform>Triggers stopped after %n pass: they kept changing the ticket (a loop?)</numerusform>
            <numerusform>Triggers stopped after %n passes: they kept changing the ticket (a loop?)</numerusform>
        </translation>
    </message>
</context>
</TS>
