// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ComputeCredits} from "../ComputeCredits.sol";

/// @title TestRefundRecipient
/// @notice Tests only: a refund recipient whose `receive` takes ETH, reverts, or burns every
///         gas it is given, as the test chooses, and that claims its owed refunds.
contract TestRefundRecipient {
    /// @notice What `receive` does.
    enum Mode {
        Accept,
        Revert,
        BurnGas
    }

    error Refused();

    /// @notice The behaviour changed.
    event ModeSet(Mode mode);

    Mode public mode;

    /// @notice Sets what `receive` does.
    /// @param mode_ the behaviour
    function setMode(Mode mode_) external {
        mode = mode_;
        emit ModeSet(mode_);
    }

    /// @notice Claims this contract's owed refunds from `credits`, paid to itself.
    /// @param credits the ComputeCredits that owes them
    function claim(ComputeCredits credits) external {
        credits.claimRefund();
    }

    /// @notice Claims this contract's owed refunds from `credits`, paid to `to`.
    /// @param credits the ComputeCredits that owes them
    /// @param to where the ETH goes
    function claimTo(ComputeCredits credits, address payable to) external {
        credits.claimRefundTo(to);
    }

    /// @notice Takes ETH, reverts, or burns all its gas, as `mode` says.
    receive() external payable {
        Mode m = mode;
        if (m == Mode.Revert) revert Refused();
        if (m == Mode.BurnGas) {
            while (true) {}
        }
    }
}
