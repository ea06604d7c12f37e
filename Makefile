# The two commands a new machine needs are `make demo` and `make test`; the rest are for developers.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
ifeq ($(CI),true)
CMAKE_FLAGS += -DDESKBRIDGE_WERROR=ON
endif

.PHONY: all deps configure build demo run test bench package screenshots format check-format translations clean

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja $(CMAKE_FLAGS)

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	$(BUILD_DIR)/deskbridge demo

run: build
	$(BUILD_DIR)/deskbridge

test: build check-format
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

bench: build
	$(BUILD_DIR)/tests/bench/deskbridge-bench all

package: build
	cd $(BUILD_DIR) && cpack -G DEB

screenshots: build
	cmake --build $(BUILD_DIR) --target screenshots

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations
	/usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none -pluralonly -I . models app ui \
	    -ts translations/deskbridge_en.ts

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

check-format:
	@git ls-files '*.cpp' '*.h' | xargs -r clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR)
