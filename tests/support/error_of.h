#pragma once
// The message of the error an action must throw: for tests that check what a user is told.
#include <catch2/catch.hpp>

#include <string>

namespace hilo::test {

template <typename Error, typename Action>
std::string errorOf(Action&& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.what();
    }
    FAIL("the expected error was not thrown");
    return {};
}

} // namespace hilo::test
